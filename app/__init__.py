"""Support Workbench: a desktop workbench for after-sales customer cases."""

__version__ = "0.1.0"
