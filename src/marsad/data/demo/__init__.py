"""The bundled demo corpus: invented, illustrative reports that ``marsad demo`` ingests."""
