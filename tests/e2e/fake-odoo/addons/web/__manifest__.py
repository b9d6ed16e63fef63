{'name': 'Web', 'version': '1.0'}
