-- ir_module_module of the Northwind production database (Odoo 17.0 with OCA queue_job):
-- installed modules with their versions as Odoo records them (series + module version),
-- and some available but uninstalled ones. Environments differ from this by small updates.

SET client_min_messages = warning;

INSERT INTO ir_module_category (id, name, visible, exclusive) VALUES
    (1, '{"en_US": "Hidden"}', false, false),
    (2, '{"en_US": "Sales"}', true, false),
    (3, '{"en_US": "Inventory"}', true, false),
    (4, '{"en_US": "Accounting"}', true, false),
    (5, '{"en_US": "Technical"}', true, false);
DO $$ BEGIN PERFORM setval('ir_module_category_id_seq', 5); END $$;

INSERT INTO ir_module_module (name, state, latest_version, category_id, author, license, application, auto_install, shortdesc, create_date, write_date) VALUES
    ('base', 'installed', '17.0.1.3', 1, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "Base"}', now(), now()),
    ('web', 'installed', '17.0.1.0', 1, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "Web"}', now(), now()),
    ('bus', 'installed', '17.0.1.0', 1, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "IM Bus"}', now(), now()),
    ('mail', 'installed', '17.0.1.15', 1, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Discuss"}', now(), now()),
    ('uom', 'installed', '17.0.1.0', 1, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Units of measure"}', now(), now()),
    ('product', 'installed', '17.0.1.2', 2, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Products & Pricelists"}', now(), now()),
    ('barcodes', 'installed', '17.0.2.0', 5, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Barcode"}', now(), now()),
    ('stock', 'installed', '17.0.1.1', 3, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Inventory"}', now(), now()),
    ('sale', 'installed', '17.0.1.2', 2, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Sales"}', now(), now()),
    ('sale_management', 'installed', '17.0.1.0', 2, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Sales"}', now(), now()),
    ('sale_stock', 'installed', '17.0.1.0', 2, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "Sales and Warehouse Management"}', now(), now()),
    ('purchase', 'installed', '17.0.1.2', 3, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Purchase"}', now(), now()),
    ('purchase_stock', 'installed', '17.0.1.2', 3, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "Purchase Stock"}', now(), now()),
    ('account', 'installed', '17.0.1.2', 4, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Invoicing"}', now(), now()),
    ('payment', 'installed', '17.0.2.0', 4, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Payment Engine"}', now(), now()),
    ('account_payment', 'installed', '17.0.2.0', 4, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "Payment - Account"}', now(), now()),
    ('delivery', 'installed', '17.0.1.0', 3, 'Odoo S.A.', 'LGPL-3', false, false, '{"en_US": "Delivery Costs"}', now(), now()),
    ('stock_delivery', 'installed', '17.0.1.0', 3, 'Odoo S.A.', 'LGPL-3', false, true, '{"en_US": "Delivery - Stock"}', now(), now()),
    ('queue_job', 'installed', '17.0.1.1.0', 5, 'Camptocamp,ACSONE SA/NV,Odoo Community Association (OCA)', 'LGPL-3', true, false, '{"en_US": "Job Queue"}', now(), now()),
    ('l10n_nl', 'installed', '17.0.3.3', 4, 'Onestein', 'LGPL-3', false, false, '{"en_US": "Netherlands - Accounting"}', now(), now()),
    ('website', 'uninstalled', NULL, 2, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Website"}', now(), now()),
    ('mrp', 'uninstalled', NULL, 3, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Manufacturing"}', now(), now()),
    ('crm', 'uninstalled', NULL, 2, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "CRM"}', now(), now()),
    ('point_of_sale', 'uninstalled', NULL, 2, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Point of Sale"}', now(), now()),
    ('hr', 'uninstalled', NULL, 1, 'Odoo S.A.', 'LGPL-3', true, false, '{"en_US": "Employees"}', now(), now());
