# Breaks the clean fixture: A mission whose own vehicles were brought by a state, not a national contingent.
# shacl: kgsh:VehiclesBroughtByShape 1
PREFIX : <https://w3id.org/csto-kg/id/>
PREFIX kg: <https://w3id.org/csto-kg/ontology#>
INSERT DATA { :mission kg:vehiclesBroughtBy :belarusian-contingent, :russia }
