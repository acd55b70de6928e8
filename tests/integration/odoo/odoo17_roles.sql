-- Database roles of the Northwind integrations and what each is granted, matching the
-- `contract:` sections of resources/demo-estate. Roles belong to the whole cluster, so
-- they are created only when missing; the grants are per database. `gatehouse_ro` is the
-- read-only login Gatehouse itself uses to read the catalog and ir_module_module.

SET client_min_messages = warning;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['edi_gateway', 'bi_reader', 'payment_webhooks', 'odoo_queue', 'marketplace_sync',
                             'customer_portal', 'carrier_connector', 'wms_connector']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gatehouse_ro') THEN
        CREATE ROLE gatehouse_ro LOGIN;
    END IF;
END
$$;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO gatehouse_ro;

GRANT SELECT ON sale_order TO bi_reader;
GRANT SELECT ON sale_order_line TO bi_reader;
GRANT SELECT ON stock_move TO bi_reader;
GRANT SELECT ON account_move_line TO bi_reader;
GRANT SELECT, INSERT, UPDATE ON sale_order TO edi_gateway;
GRANT INSERT, UPDATE ON sale_order_line TO edi_gateway;
GRANT SELECT ON stock_picking TO edi_gateway;
GRANT SELECT ON account_move TO edi_gateway;
GRANT SELECT ON res_partner TO edi_gateway;
GRANT SELECT, INSERT, UPDATE ON payment_transaction TO payment_webhooks;
GRANT SELECT, INSERT, UPDATE ON account_payment TO payment_webhooks;
GRANT SELECT, INSERT, UPDATE ON queue_job TO odoo_queue;
GRANT SELECT, INSERT, UPDATE ON sale_order TO marketplace_sync;
GRANT SELECT ON stock_quant TO marketplace_sync;
GRANT SELECT ON sale_order TO customer_portal;
GRANT SELECT ON account_move TO customer_portal;
GRANT SELECT ON res_users TO customer_portal;
GRANT SELECT, INSERT, UPDATE ON stock_picking TO carrier_connector;
GRANT SELECT ON stock_quant_package TO carrier_connector;
GRANT SELECT, INSERT, UPDATE ON stock_picking TO wms_connector;
GRANT SELECT, INSERT, UPDATE ON stock_move TO wms_connector;
GRANT SELECT ON stock_quant TO wms_connector;
GRANT SELECT ON stock_location TO wms_connector;
