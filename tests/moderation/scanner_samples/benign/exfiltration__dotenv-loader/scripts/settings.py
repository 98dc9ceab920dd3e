import os

from dotenv import load_dotenv

load_dotenv()
DEBUG = os.environ.get('DEBUG') == '1'
