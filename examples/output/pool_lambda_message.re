(Python 3\.1[0-2]: AttributeError: Can't pickle local object 'main\.<locals>\.<lambda>'|Python 3\.13: AttributeError: Can't get local object 'main\.<locals>\.<lambda>')
