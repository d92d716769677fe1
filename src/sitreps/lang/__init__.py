"""Language packs: one folder of TOML data per language, loaded through `load_pack`."""

from sitreps.lang.pack import LanguagePack
from sitreps.lang.registry import available_packs, load_pack

__all__ = ["LanguagePack", "available_packs", "load_pack"]
