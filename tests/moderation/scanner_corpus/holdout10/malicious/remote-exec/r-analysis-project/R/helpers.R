library(ggplot2)

theme_report <- function(base_size = 11) {
  theme_minimal(base_size = base_size) +
    theme(panel.grid.minor = element_blank(), plot.title.position = "plot")
}

save_fig <- function(p, name, w = 7, h = 4) {
  dir.create("output/figures", recursive = TRUE, showWarnings = FALSE)
  ggsave(file.path("output/figures", paste0(name, ".png")), p, width = w, height = h, dpi = 200)
}
