// The rules-as-code engine lives here.
