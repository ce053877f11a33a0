"""Everything Qt: the window, its views and panels, background tasks."""
