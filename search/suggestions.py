"""Autocomplete suggestions other than entry titles (topics, for instance), given by the
apps that own them: ``register(provider)`` from an ``AppConfig.ready()``.

A provider takes the typed prefix and returns a list of {label, url, kind}; their
suggestions come before the titles, in the order the providers were registered.
"""

_providers = []


def register(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def unregister(provider):
    if provider in _providers:
        _providers.remove(provider)


def suggestions(prefix):
    return [suggestion for provider in _providers for suggestion in provider(prefix)]
