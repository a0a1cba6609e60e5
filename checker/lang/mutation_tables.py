"""Initial mutations (`LanguageProfile.initial_mutations`, `checker/lang/mutations.py`) of
languages without a folder of their own: the no-folder profile reads them here, as a
language folder sets them in its `writing.py` (INITIAL_MUTATIONS). Each rule is
"mutated>base"; a bare prefix ("h>", "n->") stands before a vowel only.
"""

# Lenition in Irish and Scottish Gaelic: an h after the first consonant ("Chorcaigh").
_LENITION = ("bh>b", "ch>c", "dh>d", "fh>f", "gh>g", "mh>m", "ph>p", "sh>s", "th>t")

INITIAL_MUTATIONS: dict[str, tuple[str, ...]] = {
    # Irish: lenition; eclipsis ("i mBaile Átha Cliath", "i bhFeabhra", "i nGaillimh",
    # "ár n-athair"); h before a vowel ("Dé hAoine", "na hÉireann"); t before a vowel or
    # s ("an tAire", "an t-uisce", "an tSeachtain").
    "ga": (*_LENITION, "mb>b", "gc>c", "nd>d", "bhf>f", "ng>g", "bp>p", "dt>t",
           "n->", "n>", "h>", "t->", "t>", "ts>s"),
    # Scottish Gaelic: lenition ("à Ghlaschu"); t-, h- and n- with their hyphen ("an
    # t-Sultain", "na h-Alba", "nan-eilean"), h and t glued before a vowel ("DihAoine").
    "gd": (*_LENITION, "t->", "t-s>s", "h->", "n->", "h>", "t>"),
    # Breton: soft mutation (k, t, p, g, gw, b, d, m -> g, d, b, c'h, w, v, z, v: "da
    # Vrest"), spirant (k, t, p -> c'h, z, f), hard (b, d, g, gw -> p, t, k, kw) and mixed
    # mutation (b, d, g, gw, m -> v, t, c'h, w, v); c'h with any apostrophe.
    "br": ("g>k", "d>t", "b>p", "c'h>g", "cʼh>g", "c’h>g", "w>gw", "v>b", "v>m", "z>d",
           "c'h>k", "cʼh>k", "c’h>k", "z>t", "f>p", "p>b", "t>d", "k>g", "kw>gw"),
}

# Words between a date's day and its month, mutated by the word before them as the rules
# above say (`mutated_by`): Breton "d'an 12 a viz Mae" (the 12th of the month of May: "miz"
# after "a"); Irish "an 8ú lá de mhí Dheireadh Fómhair" (the 8th day of the month of October).
DATE_FILLERS: dict[str, tuple[str, ...]] = {
    "br": ("a", "miz"),
    "ga": ("lá", "de", "mí"),
}
