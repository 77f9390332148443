"""Communication-network density, as the ABC Unified study defines it (seed 001, lines
766-775): the existing ties between a school's educators as a share of the ties possible
given how many educators it employs.

A tie is undirected: two people are tied if either reports talking with the other, so
the possible ties among ``n`` people are n(n-1)/2. Pure: no database."""


def undirected_ties(reports):
    """The set of ties from ``reports``, pairs (who reported, whom they named). A pair
    named both ways is one tie; naming oneself is no tie."""
    return {frozenset(pair) for pair in reports if pair[0] != pair[1]}


def possible_ties(n):
    return n * (n - 1) // 2


def density(n, reports):
    """The share (0 to 1) of possible ties among ``n`` people that ``reports`` make, or
    None when fewer than two people leave no tie possible."""
    possible = possible_ties(n)
    if possible <= 0:
        return None
    return len(undirected_ties(reports)) / possible
