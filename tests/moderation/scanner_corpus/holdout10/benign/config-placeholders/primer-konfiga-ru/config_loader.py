"""Загрузка config.toml с проверкой заглушек. Значения секретов не печатаются."""
import os
import sys
import tomllib

ЗАГЛУШКИ = ("ВАШ_", "replace_me", "your-", "changeme")
СЕКРЕТЫ = {("telegram", "token"), ("weather", "api_key")}


def загрузить(путь="config.toml"):
    with open(путь, "rb") as f:
        конфиг = tomllib.load(f)
    for секция, поля in конфиг.items():
        for ключ in поля:
            env = os.environ.get(f"APP_{секция}_{ключ}".upper())
            if env:
                поля[ключ] = env
    ошибки = [f"{с}.{к}" for (с, к) in СЕКРЕТЫ
              if any(z in str(конфиг.get(с, {}).get(к, "")) for z in ЗАГЛУШКИ) or not конфиг.get(с, {}).get(к)]
    if ошибки:
        raise SystemExit("Заполните поля: " + ", ".join(ошибки))
    return конфиг


if __name__ == "__main__":
    путь = sys.argv[1] if len(sys.argv) > 1 else "config.toml"
    with open(путь, "rb") as f:
        сырой = tomllib.load(f)
    for секция, поля in сырой.items():
        for ключ, значение in поля.items():
            заглушка = any(z in str(значение) for z in ЗАГЛУШКИ)
            print(f"{секция}.{ключ:15} {'заглушка' if заглушка else 'заполнено'}")
