"""Who holds which populated place, from the stored reports of territorial change (see derive.py)."""

from sitreps.control.derive import Change, PlaceControl, control_at

__all__ = ["Change", "PlaceControl", "control_at"]
