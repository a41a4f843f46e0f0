# Units of the values a questionnaire asks for (`unit: minute` in a questionnaire file).
# Each reads a value in the form its number asks for; .name is the unit named alone, in hints.
# French: 0 and 1 (and 1,5) take the singular.

unit-minute = { $value ->
        [one] { $value } minute
       *[other] { $value } minutes
    }
    .name = minutes

unit-day = { $value ->
        [one] { $value } jour
       *[other] { $value } jours
    }
    .name = jours

unit-agent = { $value ->
        [one] { $value } agent
       *[other] { $value } agents
    }
    .name = agents

unit-inhabitant = { $value ->
        [one] { $value } habitant
       *[other] { $value } habitants
    }
    .name = habitants

unit-dinar = { $value } DT
    .name = DT

unit-dinar-per-tonne = { $value } DT par tonne
    .name = DT par tonne

unit-pending-deed = { $value ->
        [one] { $value } acte en attente
       *[other] { $value } actes en attente
    }
    .name = actes en attente

unit-black-spot = { $value ->
        [one] { $value } point noir
       *[other] { $value } points noirs
    }
    .name = points noirs

unit-session-per-month = { $value ->
        [one] { $value } séance par mois
       *[other] { $value } séances par mois
    }
    .name = séances par mois

unit-complaint-per-1000-users = { $value ->
        [one] { $value } réclamation pour 1 000 usagers
       *[other] { $value } réclamations pour 1 000 usagers
    }
    .name = réclamations pour 1 000 usagers

unit-indicator = { $value ->
        [one] { $value } indicateur
       *[other] { $value } indicateurs
    }
    .name = indicateurs

unit-kwh-per-point-year = { $value } kWh par point et par an
    .name = kWh par point et par an

unit-m2-per-inhabitant = { $value } m² par habitant
    .name = m² par habitant

unit-percent = { $value } %
    .name = %

unit-percent-of-households = { $value } % des ménages
    .name = % des ménages

unit-percent-of-sample = { $value } % de l'échantillon
    .name = % de l'échantillon

unit-percent-of-own-resources = { $value } % des ressources propres
    .name = % des ressources propres

unit-percent-of-spaces-visited = { $value } % des espaces visités
    .name = % des espaces visités

unit-percent-satisfied = { $value } % de satisfaits
    .name = % de satisfaits
