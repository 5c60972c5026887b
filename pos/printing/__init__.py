"""Kitchen tickets and receipts: layouts, ESC/POS rendering, transports, the virtual printer."""
