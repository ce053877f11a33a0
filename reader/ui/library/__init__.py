"""The library in the window: the analysis cache for the session, and the
library view (articles, actors, quote ledgers, folder import)."""
