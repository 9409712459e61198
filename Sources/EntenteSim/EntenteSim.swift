// The simulation engine lives here.
