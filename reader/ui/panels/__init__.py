"""The panels beside the text: actors, quotes and notes."""
