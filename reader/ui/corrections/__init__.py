"""Corrections from the window, kept as rules (see controller.py)."""
