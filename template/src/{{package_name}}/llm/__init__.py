"""The service's integration with the Claude API: one gateway, its client, fake and accounting."""
