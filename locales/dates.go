package locales

import (
	"fmt"
	"time"
	_ "time/tzdata" // the time zones travel with the binary
)

// Paris is the time zone dates are written in when a space names none.
var Paris = mustZone("Europe/Paris")

func mustZone(name string) *time.Location {
	z, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return z
}

var (
	frDays   = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	frMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre"}
)

// FormatDate writes a day and time the way the language writes them, in the zone z:
// « le vendredi 19 mars 2021 à 15 h 20 », "Friday, March 19, 2021 at 3:20 PM".
func FormatDate(l Locale, t time.Time, z *time.Location) string {
	if z == nil {
		z = Paris
	}
	t = t.In(z)
	if l == FR {
		day := fmt.Sprint(t.Day())
		if t.Day() == 1 {
			day = "1er"
		}
		return fmt.Sprintf("le %s %s %s %d à %d h %02d", frDays[t.Weekday()], day, frMonths[t.Month()-1],
			t.Year(), t.Hour(), t.Minute())
	}
	return t.Format("Monday, January 2, 2006 at 3:04 PM")
}
