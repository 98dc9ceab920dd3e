import matplotlib
import numpy
import pandas
import sklearn

for mod in (numpy, pandas, sklearn, matplotlib):
    print(f"{mod.__name__:12} {mod.__version__}")
