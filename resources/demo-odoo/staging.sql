-- Staging runs the next release of the stock module and the database migration that
-- came with it: the shipment tracking reference was renamed. The EDI gateway's ASN (856)
-- export and the shipping hub still read stock_picking.carrier_tracking_ref, so this is
-- the contract break Gatehouse must catch before the release reaches production.
SET client_min_messages = warning;

UPDATE ir_module_module SET latest_version = '17.0.1.3', write_date = now() WHERE name = 'stock';

ALTER TABLE stock_picking RENAME COLUMN carrier_tracking_ref TO carrier_tracking_reference;
