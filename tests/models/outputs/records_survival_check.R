# summary.csv recomputed from cases.csv with R's survival package (docs/outputs.md, "Case and person
# records"): per scenario and replicate, the outcome book's counts, resolved_share,
# cross_sector_resolved_share and crisis_resolved_share, and the restricted mean time to resolution
# rmst_days and cross_sector_rmst_days from survfit at the horizon tau = outcomes.horizon_days. A
# solved case has its event after resolved_day - raised_day days; a dropped case is never solved
# (censored at infinity, so it stays at risk up to the horizon); an open case is censored at
# end_day - raised_day. Values must agree to 1e-9; empty (NA) exactly where summary.csv is empty.
#   Rscript records_survival_check.R DIR TAU    (records_survival_check.py runs it)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript records_survival_check.R DIR TAU")
dir <- args[1]
tau <- as.numeric(args[2])
suppressPackageStartupMessages(library(survival))

cases <- read.csv(file.path(dir, "cases.csv"), stringsAsFactors = FALSE)
runs <- read.csv(file.path(dir, "summary.csv"), stringsAsFactors = FALSE)

# Restricted mean time to resolution of the cases d; NA without cases or when the run's measured
# period (end_day) is shorter than the horizon.
rmst <- function(d) {
  if (nrow(d) == 0 || d$end_day[1] < tau) return(NA_real_)
  solved <- !is.na(d$resolved_day)
  time <- ifelse(solved, d$resolved_day - d$raised_day,
                 ifelse(!is.na(d$dropped_day), Inf, d$end_day - d$raised_day))
  fit <- survfit(Surv(time, solved) ~ 1)
  summary(fit, rmean = tau)$table[["rmean"]]
}

share <- function(d) if (nrow(d) == 0) NA_real_ else mean(!is.na(d$resolved_day))

same <- function(a, b) (is.na(a) && is.na(b)) || (!is.na(a) && !is.na(b) && abs(a - b) <= 1e-9)

failures <- 0
for (k in seq_len(nrow(runs))) {
  run <- runs[k, ]
  d <- cases[cases$scenario == run$scenario & cases$replicate == run$replicate, ]
  cross <- d[d$cross_sector == 1, ]
  crisis <- d[d$crisis == 1, ]
  open <- is.na(d$resolved_day) & is.na(d$dropped_day)
  checks <- list(
    issues_raised = nrow(d),
    issues_resolved = sum(!is.na(d$resolved_day)),
    issues_dropped = sum(!is.na(d$dropped_day)),
    issues_open = sum(open),
    resolved_share = share(d),
    cross_sector_resolved_share = share(cross),
    crisis_resolved_share = if (all(is.na(run$crisis_issues_raised))) NA_real_ else share(crisis),
    rmst_days = rmst(d),
    cross_sector_rmst_days = rmst(cross))
  for (name in names(checks)) {
    ours <- checks[[name]]
    theirs <- run[[name]]
    ok <- same(ours, theirs)
    if (!ok) failures <- failures + 1
    cat(sprintf("%s %s replicate %d: %s R %.15g, summary.csv %.15g\n", if (ok) "ok  " else "FAIL",
                run$scenario, run$replicate, name, ours, theirs))
  }
}
# The check means something only if every kind of ending was there to be counted.
kinds <- c(solved = sum(!is.na(cases$resolved_day)), dropped = sum(!is.na(cases$dropped_day)),
           open = sum(is.na(cases$resolved_day) & is.na(cases$dropped_day)), cross = sum(cases$cross_sector == 1))
for (kind in names(kinds)) {
  if (kinds[[kind]] == 0) {
    failures <- failures + 1
    cat(sprintf("FAIL no %s case in %s: the runs do not exercise that ending\n", kind, dir))
  }
}
if (failures > 0) quit(status = 1)
cat(sprintf("records_survival_check: %d replicate(s) of %s agree with summary.csv\n", nrow(runs), dir))
