"""Every action is a named command: the registry, the palette, the keys
overlay and the per-area tables of commands."""
