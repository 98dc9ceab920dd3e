__all__ = ["plugin"]
