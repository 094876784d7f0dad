"""Widgets of the plugin: the dock and, later, its sections and dialogs. Forms live in ``resources/ui``."""
