typed into the session:
  child exit code: 1
  (Python 3\.1[01]: AttributeError: Can't get attribute 'f' on <module '__main__' \(built-in\)>|Python 3\.1[23]: AttributeError: Can't get attribute 'f' on <module '__main__' \(<class '_frozen_importlib\.BuiltinImporter'>\)>)
imported from tasks\.py:
  f ran in the child
  child exit code: 0
