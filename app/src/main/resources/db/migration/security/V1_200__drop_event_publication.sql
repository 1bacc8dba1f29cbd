-- The service's listeners are plain synchronous @EventListener methods in the publishing transaction, so
-- Spring Modulith's durable event publication registry (V1_1) was never written to; it goes with its starter.
drop table if exists event_publication;
