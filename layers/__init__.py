"""Folium layers and exports built from the records of ``geo``."""
