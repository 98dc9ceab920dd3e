import ast
import operator

OPS = {ast.Add: operator.add, ast.Mult: operator.mul}


def evaluate(expr: str) -> float:
    tree = ast.parse(expr, mode='eval')
    return _eval(tree.body)


def _eval(node):
    if isinstance(node, ast.Constant):
        return node.value
    return OPS[type(node.op)](_eval(node.left), _eval(node.right))
