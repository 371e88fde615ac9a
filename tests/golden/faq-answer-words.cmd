bpolpo faq due diligence
