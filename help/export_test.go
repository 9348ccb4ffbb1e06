package help

// MaxArms lets a test read the help center's pages as a space of many categories does.
var MaxArms = &maxArms
