-- A little master data so the databases are not empty: the company, a warehouse with its
-- locations, partners, a product, an order with its delivery.
SET client_min_messages = warning;

INSERT INTO res_currency (id, name, full_name, symbol, rounding, decimal_places, active, position)
VALUES (1, 'EUR', 'Euro', '€', 0.01, 2, true, 'after'), (2, 'USD', 'US Dollar', '$', 0.01, 2, true, 'before');
INSERT INTO res_country (id, name, code, currency_id) VALUES
    (1, '{"en_US": "Netherlands"}', 'NL', 1), (2, '{"en_US": "United States"}', 'US', 2), (3, '{"en_US": "Singapore"}', 'SG', NULL);
INSERT INTO res_partner (id, name, complete_name, type, is_company, active, country_id, ref, vat, email, customer_rank)
VALUES (1, 'Northwind Distribution B.V.', 'Northwind Distribution B.V.', 'contact', true, true, 1, NULL, 'NL859812345B01', 'info@northwind.example', 0),
       (2, 'ACME Retail Inc.', 'ACME Retail Inc.', 'contact', true, true, 2, 'ACME', NULL, 'edi@acme-retail.example', 1),
       (3, 'Hoogvliet Groothandel', 'Hoogvliet Groothandel', 'contact', true, true, 1, 'HGV', 'NL001234567B01', 'inkoop@hoogvliet.example', 1);
INSERT INTO res_company (id, name, partner_id, currency_id, sequence, active) VALUES (1, 'Northwind Distribution B.V.', 1, 1, 10, true);
UPDATE res_partner SET company_id = 1, commercial_partner_id = id;
INSERT INTO uom_uom (id, category_id, name, uom_type, factor, rounding, active) VALUES (1, 1, '{"en_US": "Units"}', 'reference', 1, 0.01, true);
INSERT INTO product_template (id, categ_id, uom_id, uom_po_id, detailed_type, type, default_code, name, list_price, sale_ok, purchase_ok, active, tracking, weight)
VALUES (1, 1, 1, 1, 'product', 'product', 'NW-PALLET-EUR', '{"en_US": "Euro pallet wrap, 500 m"}', 18.50, true, true, true, 'lot', 2.4);
INSERT INTO product_product (id, product_tmpl_id, default_code, barcode, active) VALUES (1, 1, 'NW-PALLET-EUR', '8712345000017', true);
INSERT INTO stock_location (id, name, complete_name, usage, company_id, active) VALUES
    (1, 'Partners/Customers', 'Partners/Customers', 'customer', NULL, true),
    (2, 'RTM', 'RTM', 'view', 1, true),
    (3, 'Stock', 'RTM/Stock', 'internal', 1, true);
INSERT INTO stock_warehouse (id, company_id, partner_id, view_location_id, lot_stock_id, name, code, reception_steps, delivery_steps, active)
VALUES (1, 1, 1, 2, 3, 'Rotterdam DC', 'RTM', 'one_step', 'pick_pack_ship', true);
UPDATE stock_location SET warehouse_id = 1 WHERE id IN (2, 3);
INSERT INTO stock_picking_type (id, warehouse_id, company_id, code, sequence_code, reservation_method, name, default_location_src_id, default_location_dest_id, active)
VALUES (1, 1, 1, 'outgoing', 'OUT', 'at_confirm', '{"en_US": "Delivery Orders"}', 3, 1, true);
INSERT INTO delivery_carrier (id, product_id, company_id, delivery_type, invoice_policy, name, active) VALUES (1, 1, 1, 'fixed', 'estimated', '{"en_US": "PostNL"}', true);
INSERT INTO sale_order (id, company_id, partner_id, partner_invoice_id, partner_shipping_id, currency_id, name, state, client_order_ref, date_order, amount_total, warehouse_id, picking_policy, invoice_status)
VALUES (1, 1, 3, 3, 3, 1, 'S00042', 'sale', 'PO-HGV-2026-0815', '2026-11-20 09:12:00', 1850.00, 1, 'direct', 'to invoice');
INSERT INTO sale_order_line (id, order_id, company_id, currency_id, product_id, product_uom, name, product_uom_qty, price_unit, customer_lead, qty_delivered, qty_invoiced, state)
VALUES (1, 1, 1, 1, 1, 1, 'Euro pallet wrap, 500 m', 100, 18.50, 2, 0, 0, 'sale');
INSERT INTO stock_picking (id, location_id, location_dest_id, picking_type_id, partner_id, company_id, name, origin, move_type, state, scheduled_date, sale_id, carrier_id, carrier_tracking_ref)
VALUES (1, 3, 1, 1, 3, 1, 'RTM/OUT/00042', 'S00042', 'direct', 'assigned', '2026-11-21 06:00:00', 1, 1, '3SNWD0000042');
INSERT INTO stock_move (id, company_id, product_id, product_uom, location_id, location_dest_id, picking_id, name, state, procure_method, product_uom_qty, quantity, date, sale_line_id, picking_type_id)
VALUES (1, 1, 1, 1, 3, 1, 1, 'Euro pallet wrap, 500 m', 'assigned', 'make_to_stock', 100, 100, '2026-11-21 06:00:00', 1, 1);
DO $$
BEGIN
    PERFORM setval(pg_get_serial_sequence(t, 'id'), 100)
    FROM unnest(ARRAY['res_currency', 'res_country', 'res_partner', 'res_company', 'uom_uom', 'product_template', 'product_product',
                  'stock_location', 'stock_warehouse', 'stock_picking_type', 'delivery_carrier', 'sale_order', 'sale_order_line',
                  'stock_picking', 'stock_move']) AS t;
END
$$;
