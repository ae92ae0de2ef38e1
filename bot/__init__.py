"""A careful, cited Discord FAQ bot about early research on CAR-T cell therapy for lupus."""

__version__ = "0.1.0"
