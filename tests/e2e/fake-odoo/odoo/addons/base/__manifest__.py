{'name': 'Base', 'version': '1.0'}
