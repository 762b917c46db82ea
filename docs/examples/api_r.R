# Read the ZIF Portal's API from R (packages jsonlite and utils).
# Lists Morona Santiago's cantons as they stood on 21 January 2003 and today.
library(jsonlite)

base <- "http://127.0.0.1:8000"
then <- fromJSON(paste0(base, "/api/v1/territories/?parent=EC-14&as_of=2003-01-21"))
today <- fromJSON(paste0(base, "/api/v1/territories/?parent=EC-14"))
cat("Morona Santiago:", then$count, "cantons in 2003,", today$count, "today\n")
print(setdiff(today$results$code, then$results$code))

# The same list as CSV, with the same filters.
cantons <- read.csv(paste0(base, "/api/v1/territories/?parent=EC-14&format=csv"))
print(cantons[, c("code", "name", "seat")])
