import sys

from huggingface_hub import ModelCard

card = ModelCard.load(sys.argv[1])
print("license:", card.data.get("license"))
print(card.text[:2000])
