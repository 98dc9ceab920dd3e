AWS_ACCESS_KEY_ID = 'AKIAZZFAKEKEYNOTREAL'
aws_secret_access_key = 'Zz9FakeSecretNotRealAtAllZz9FakeSecretNo'
