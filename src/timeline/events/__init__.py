"""Events: detect them in sentences (detect), date them (anchor) and link them (link)."""
