"""A small story of the team's own, in English and a reordered French version (the
casualty sentence moved to the end, the schools sentence to second place), shared by the
alignment and article-level tests."""

EN = ("The storm reached the coast on Monday night.\n\n"
      "Rescue teams worked through the weekend in the mountains.\n\n"
      "Officials said 214 people died and 1,350 were injured in 12 villages.\n\n"
      "The government promised help to the farmers.\n\n"
      "Schools will stay closed until Friday.\n")
FR = ("La tempête a atteint la côte dans la nuit de lundi.\n\n"
      "Les écoles resteront fermées jusqu'à vendredi.\n\n"
      "Les équipes de secours ont travaillé tout le week-end dans les montagnes.\n\n"
      "Le gouvernement a promis une aide aux agriculteurs.\n\n"
      "Selon les autorités, 214 personnes sont mortes et 1 350 ont été blessées dans "
      "12 villages.\n")
