"""How Spanish writes names."""

SIMPLEMMA = "es"
ENDINGS = ("s", "es")
CONNECTORS = (
    "de", "del", "la", "las", "los", "el", "para", "al", "von", "der", "van", "bin", "ibn",
)

# Function words and other common words that start sentences with a capital: never names
# there. From spaCy's stop-word list for 'es' (MIT licence).
FUNCTION_WORDS = frozenset((
    'a', 'acuerdo', 'adelante', 'ademas', 'además', 'afirmó', 'agregó', 'ahi', 'ahora', 'ahí',
    'al', 'algo', 'alguna', 'algunas', 'alguno', 'algunos', 'algún', 'alli', 'allí', 'alrededor',
    'ambos', 'ante', 'anterior', 'antes', 'apenas', 'aproximadamente', 'aquel', 'aquella',
    'aquellas', 'aquello', 'aquellos', 'aqui', 'aquél', 'aquélla', 'aquéllas', 'aquéllos', 'aquí',
    'arriba', 'aseguró', 'asi', 'así', 'atras', 'aun', 'aunque', 'añadió', 'aún', 'bajo',
    'bastante', 'bien', 'breve', 'buen', 'buena', 'buenas', 'bueno', 'buenos', 'cada', 'casi',
    'cierta', 'ciertas', 'cierto', 'ciertos', 'cinco', 'claro', 'comentó', 'como', 'con',
    'conmigo', 'conocer', 'conseguimos', 'conseguir', 'considera', 'consideró', 'consigo',
    'consigue', 'consiguen', 'consigues', 'contigo', 'contra', 'creo', 'cual', 'cuales',
    'cualquier', 'cuando', 'cuanta', 'cuantas', 'cuanto', 'cuantos', 'cuatro', 'cuenta', 'cuál',
    'cuáles', 'cuándo', 'cuánta', 'cuántas', 'cuánto', 'cuántos', 'cómo', 'da', 'dado', 'dan',
    'dar', 'de', 'debajo', 'debe', 'deben', 'debido', 'decir', 'dejó', 'del', 'delante',
    'demasiado', 'demás', 'dentro', 'deprisa', 'desde', 'despacio', 'despues', 'después', 'detras',
    'detrás', 'dia', 'dias', 'dice', 'dicen', 'dicho', 'dieron', 'diez', 'diferente', 'diferentes',
    'dijeron', 'dijo', 'dio', 'doce', 'donde', 'dos', 'durante', 'día', 'días', 'dónde', 'e', 'el',
    'ella', 'ellas', 'ello', 'ellos', 'embargo', 'en', 'encima', 'encuentra', 'enfrente',
    'enseguida', 'entonces', 'entre', 'era', 'eramos', 'eran', 'eras', 'eres', 'es', 'esa', 'esas',
    'ese', 'eso', 'esos', 'esta', 'estaba', 'estaban', 'estado', 'estados', 'estais', 'estamos',
    'estan', 'estar', 'estará', 'estas', 'este', 'esto', 'estos', 'estoy', 'estuvo', 'está',
    'están', 'excepto', 'existe', 'existen', 'explicó', 'expresó', 'fin', 'final', 'fue', 'fuera',
    'fueron', 'fui', 'fuimos', 'gran', 'grande', 'grandes', 'ha', 'haber', 'habia', 'habla',
    'hablan', 'habrá', 'había', 'habían', 'hace', 'haceis', 'hacemos', 'hacen', 'hacer', 'hacerlo',
    'haces', 'hacia', 'haciendo', 'hago', 'han', 'hasta', 'hay', 'haya', 'he', 'hecho', 'hemos',
    'hicieron', 'hizo', 'hoy', 'hubo', 'igual', 'incluso', 'indicó', 'informo', 'informó', 'ir',
    'junto', 'la', 'lado', 'largo', 'las', 'le', 'les', 'llegó', 'lleva', 'llevar', 'lo', 'los',
    'luego', 'mal', 'manera', 'manifestó', 'mas', 'mayor', 'me', 'mediante', 'medio', 'mejor',
    'mencionó', 'menos', 'menudo', 'mi', 'mia', 'mias', 'mientras', 'mio', 'mios', 'mis', 'misma',
    'mismas', 'mismo', 'mismos', 'modo', 'mucha', 'muchas', 'mucho', 'muchos', 'muy', 'más', 'mí',
    'mía', 'mías', 'mío', 'míos', 'nada', 'nadie', 'ni', 'ninguna', 'ningunas', 'ninguno',
    'ningunos', 'ningún', 'no', 'nos', 'nosotras', 'nosotros', 'nuestra', 'nuestras', 'nuestro',
    'nuestros', 'nueva', 'nuevas', 'nueve', 'nuevo', 'nuevos', 'nunca', 'o', 'ocho', 'once', 'os',
    'otra', 'otras', 'otro', 'otros', 'para', 'parece', 'parte', 'partir', 'pasada', 'pasado',
    'paìs', 'peor', 'pero', 'pesar', 'poca', 'pocas', 'poco', 'pocos', 'podeis', 'podemos',
    'poder', 'podria', 'podriais', 'podriamos', 'podrian', 'podrias', 'podrá', 'podrán', 'podría',
    'podrían', 'poner', 'por', 'porque', 'posible', 'primer', 'primera', 'primero', 'primeros',
    'pronto', 'propia', 'propias', 'propio', 'propios', 'proximo', 'próximo', 'próximos', 'pudo',
    'pueda', 'puede', 'pueden', 'puedo', 'pues', 'qeu', 'que', 'quedó', 'queremos', 'quien',
    'quienes', 'quiere', 'quiza', 'quizas', 'quizá', 'quizás', 'quién', 'quiénes', 'qué',
    'realizado', 'realizar', 'realizó', 'repente', 'respecto', 'sabe', 'sabeis', 'sabemos',
    'saben', 'saber', 'sabes', 'salvo', 'se', 'sea', 'sean', 'segun', 'segunda', 'segundo',
    'según', 'seis', 'ser', 'sera', 'será', 'serán', 'sería', 'señaló', 'si', 'sido', 'siempre',
    'siendo', 'siete', 'sigue', 'siguiente', 'sin', 'sino', 'sobre', 'sois', 'sola', 'solamente',
    'solas', 'solo', 'solos', 'somos', 'son', 'soy', 'su', 'supuesto', 'sus', 'suya', 'suyas',
    'suyo', 'suyos', 'sé', 'sí', 'sólo', 'tal', 'tambien', 'también', 'tampoco', 'tan', 'tanto',
    'tarde', 'te', 'temprano', 'tendrá', 'tendrán', 'teneis', 'tenemos', 'tener', 'tenga', 'tengo',
    'tenido', 'tenía', 'tercera', 'tercero', 'ti', 'tiene', 'tienen', 'toda', 'todas', 'todavia',
    'todavía', 'todo', 'todos', 'total', 'tras', 'trata', 'través', 'tres', 'tu', 'tus', 'tuvo',
    'tuya', 'tuyas', 'tuyo', 'tuyos', 'tú', 'u', 'ultimo', 'un', 'una', 'unas', 'uno', 'unos',
    'usa', 'usais', 'usamos', 'usan', 'usar', 'usas', 'uso', 'usted', 'ustedes', 'va', 'vais',
    'vamos', 'van', 'varias', 'varios', 'vaya', 'veces', 'ver', 'verdad', 'verdadera', 'verdadero',
    'vez', 'vosotras', 'vosotros', 'voy', 'vuestra', 'vuestras', 'vuestro', 'vuestros', 'y', 'ya',
    'yo', 'él', 'ésa', 'ésas', 'ése', 'ésos', 'ésta', 'éstas', 'éste', 'éstos', 'última',
    'últimas', 'último', 'últimos',
))

DEMONYM_SUFFIXES = ("o", "a", "os", "as", "ano", "ana", "anos", "anas", "és", "esa", "eses",
                    "ino", "ina", "ense", "eño", "eña", "í", "ita")

# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "sr", "fr")

# Names of events and institutions capitalise their common words ("Guerra Fría",
# "Cúpula de Hierro").
TITLE_CASE_NAMES = True

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
# Titles and honorifics before a person's name.
PERSON_TITLES = frozenset((
    'actor', 'actriz', 'alcalde', 'alcaldesa', 'autor', 'autora', 'canciller', 'cantante',
    'director', 'don', 'doña', 'dr', 'embajador', 'entrenador', 'escritor', 'fiscal', 'fundador',
    'general', 'gobernador', 'juez', 'jueza', 'jugador', 'luchador', 'líder', 'ministra',
    'ministro', 'obispo', 'papa', 'portavoz', 'presidenta', 'presidente', 'princesa', 'profesor',
    'profesora', 'príncipe', 'psicóloga', 'psicólogo', 'reina', 'rey', 'secretaria', 'secretario',
    'senador', 'senadora', 'señor', 'señora', 'sr', 'sra',
))
# Words that make a name an organisation's.
ORGANISATION_WORDS = frozenset((
    'agencia', 'asociación', 'banco', 'club', 'comisión', 'comité', 'compañía', 'congreso',
    'consejo', 'ejército', 'empresa', 'escuela', 'federación', 'fundación', 'grupo', 'instituto',
    'liga', 'ministerio', 'organización', 'parlamento', 'partido', 'policía', 'senado',
    'sociedad', 'tribunal', 'universidad', 'unión',
))
# Words right before a place's name (locative prepositions, "capital").
PLACE_WORDS = frozenset((
    'capital', 'ciudad', 'desde', 'en', 'hacia', 'provincia', 'región',
))
