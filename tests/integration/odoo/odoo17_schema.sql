-- Tables of an Odoo 17 database as the ORM creates them (base, product, uom, stock, sale,
-- sale_stock, purchase, account, payment, delivery/stock_delivery, queue_job), limited to
-- the tables Gatehouse's contract and drift checks read. Column types follow the ORM's
-- mapping: Char → character varying, Text/Html → text, translatable fields → jsonb,
-- Monetary and Float with digits → numeric, plain Float → double precision,
-- Datetime → timestamp without time zone, Many2one → integer with a foreign key.
-- Required fields are NOT NULL without a DEFAULT (defaults live in the ORM), ids are serial.
-- Loaded into an empty database by the integration tests and by resources/demo-odoo/seed.sh.

SET client_min_messages = warning;

CREATE TABLE ir_module_category (
    id serial PRIMARY KEY,
    parent_id integer,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    description jsonb,
    visible boolean,
    exclusive boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE ir_module_module (
    id serial PRIMARY KEY,
    create_uid integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    write_uid integer,
    website character varying,
    summary jsonb,
    name character varying NOT NULL,
    author character varying,
    icon character varying,
    state character varying(16),
    latest_version character varying,
    shortdesc jsonb,
    category_id integer,
    description jsonb,
    application boolean DEFAULT false,
    demo boolean DEFAULT false,
    web boolean DEFAULT false,
    license character varying(32),
    sequence integer DEFAULT 100,
    auto_install boolean DEFAULT false,
    to_buy boolean DEFAULT false,
    maintainer character varying,
    contributors text,
    published_version character varying,
    url character varying,
    menus_by_module text,
    reports_by_module text,
    views_by_module text,
    module_type character varying,
    CONSTRAINT ir_module_module_name_uniq UNIQUE (name)
);
CREATE INDEX ir_module_module_state_index ON ir_module_module (state);

CREATE TABLE res_currency (
    id serial PRIMARY KEY,
    name character varying NOT NULL,
    full_name character varying,
    symbol character varying NOT NULL,
    rounding numeric,
    decimal_places integer,
    active boolean,
    position character varying,
    currency_unit_label character varying,
    currency_subunit_label character varying,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone,
    CONSTRAINT res_currency_unique_name UNIQUE (name)
);

CREATE TABLE res_country (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    code character varying(2),
    address_format text,
    address_view_id integer,
    currency_id integer,
    phone_code integer,
    name_position character varying,
    vat_label jsonb,
    state_required boolean,
    zip_required boolean,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone,
    CONSTRAINT res_country_code_uniq UNIQUE (code)
);

CREATE TABLE res_partner (
    id serial PRIMARY KEY,
    company_id integer,
    create_date timestamp without time zone,
    name character varying,
    title integer,
    parent_id integer,
    user_id integer,
    state_id integer,
    country_id integer,
    industry_id integer,
    color integer,
    commercial_partner_id integer,
    create_uid integer,
    write_uid integer,
    complete_name character varying,
    ref character varying,
    lang character varying,
    tz character varying,
    vat character varying,
    company_registry character varying,
    website character varying,
    function character varying,
    type character varying,
    street character varying,
    street2 character varying,
    zip character varying,
    city character varying,
    email character varying,
    phone character varying,
    mobile character varying,
    commercial_company_name character varying,
    company_name character varying,
    barcode character varying,
    comment text,
    partner_latitude numeric(10, 7),
    partner_longitude numeric(10, 7),
    active boolean,
    employee boolean,
    is_company boolean,
    partner_share boolean,
    write_date timestamp without time zone,
    message_bounce integer,
    email_normalized character varying,
    signup_type character varying,
    customer_rank integer,
    supplier_rank integer,
    invoice_warn character varying,
    invoice_warn_msg text,
    sale_warn character varying,
    sale_warn_msg text,
    picking_warn character varying,
    picking_warn_msg text,
    purchase_warn character varying,
    purchase_warn_msg text,
    CONSTRAINT res_partner_check_name CHECK (type::text = 'contact'::text AND name IS NOT NULL OR type::text <> 'contact'::text)
);
CREATE INDEX res_partner_parent_id_index ON res_partner (parent_id);
CREATE INDEX res_partner_ref_index ON res_partner (ref);
CREATE INDEX res_partner_vat_index ON res_partner (regexp_replace(upper(vat::text), '[^A-Z0-9]+'::text, ''::text, 'g'::text));

CREATE TABLE res_company (
    id serial PRIMARY KEY,
    name character varying NOT NULL,
    partner_id integer NOT NULL,
    currency_id integer NOT NULL,
    sequence integer,
    parent_id integer,
    parent_path character varying,
    email character varying,
    phone character varying,
    company_registry character varying,
    active boolean,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone,
    CONSTRAINT res_company_name_uniq UNIQUE (name)
);

CREATE TABLE res_users (
    id serial PRIMARY KEY,
    company_id integer NOT NULL,
    partner_id integer NOT NULL,
    active boolean DEFAULT true,
    create_date timestamp without time zone,
    login character varying NOT NULL,
    password character varying,
    action_id integer,
    create_uid integer,
    write_uid integer,
    signature text,
    share boolean,
    write_date timestamp without time zone,
    totp_secret character varying,
    notification_type character varying NOT NULL,
    CONSTRAINT res_users_login_key UNIQUE (login)
);

CREATE TABLE uom_uom (
    id serial PRIMARY KEY,
    category_id integer NOT NULL,
    name jsonb NOT NULL,
    uom_type character varying NOT NULL,
    factor numeric NOT NULL,
    rounding numeric NOT NULL,
    active boolean,
    create_uid integer,
    create_date timestamp without time zone,
    write_uid integer,
    write_date timestamp without time zone
);

CREATE TABLE product_template (
    id serial PRIMARY KEY,
    sequence integer,
    categ_id integer NOT NULL,
    uom_id integer NOT NULL,
    uom_po_id integer NOT NULL,
    company_id integer,
    create_uid integer,
    write_uid integer,
    detailed_type character varying NOT NULL,
    type character varying,
    default_code character varying,
    priority character varying,
    name jsonb NOT NULL,
    description jsonb,
    description_purchase jsonb,
    description_sale jsonb,
    list_price numeric,
    volume numeric,
    weight numeric,
    sale_ok boolean,
    purchase_ok boolean,
    active boolean,
    can_image_1024_be_zoomed boolean,
    has_configurable_attributes boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    tracking character varying NOT NULL,
    invoice_policy character varying,
    sale_delay double precision,
    purchase_method character varying
);

CREATE TABLE product_product (
    id serial PRIMARY KEY,
    product_tmpl_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    default_code character varying,
    barcode character varying,
    combination_indices character varying,
    volume numeric,
    weight numeric,
    active boolean,
    can_image_variant_1024_be_zoomed boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE UNIQUE INDEX product_product_barcode_uniq ON product_product (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX product_product_default_code_index ON product_product (default_code);

CREATE TABLE stock_warehouse (
    id serial PRIMARY KEY,
    company_id integer NOT NULL,
    partner_id integer,
    view_location_id integer NOT NULL,
    lot_stock_id integer NOT NULL,
    wh_input_stock_loc_id integer,
    wh_output_stock_loc_id integer,
    wh_pack_stock_loc_id integer,
    in_type_id integer,
    out_type_id integer,
    pack_type_id integer,
    pick_type_id integer,
    sequence integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    code character varying(5) NOT NULL,
    reception_steps character varying NOT NULL,
    delivery_steps character varying NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_warehouse_warehouse_name_uniq UNIQUE (name, company_id),
    CONSTRAINT stock_warehouse_warehouse_code_uniq UNIQUE (code, company_id)
);

CREATE TABLE stock_location (
    id serial PRIMARY KEY,
    location_id integer,
    company_id integer,
    removal_strategy_id integer,
    warehouse_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    complete_name character varying,
    usage character varying NOT NULL,
    parent_path character varying,
    barcode character varying,
    cyclic_inventory_frequency integer,
    last_inventory_date date,
    next_inventory_date date,
    active boolean,
    scrap_location boolean,
    return_location boolean,
    replenish_location boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT stock_location_barcode_company_uniq UNIQUE (barcode, company_id)
);
CREATE INDEX stock_location_parent_path_index ON stock_location (parent_path);

CREATE TABLE stock_picking_type (
    id serial PRIMARY KEY,
    color integer,
    sequence integer,
    sequence_id integer,
    default_location_src_id integer,
    default_location_dest_id integer,
    return_picking_type_id integer,
    warehouse_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    code character varying NOT NULL,
    sequence_code character varying NOT NULL,
    reservation_method character varying NOT NULL,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE stock_lot (
    id serial PRIMARY KEY,
    product_id integer NOT NULL,
    product_uom_id integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    ref character varying,
    note text,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE stock_quant_package (
    id serial PRIMARY KEY,
    package_type_id integer,
    location_id integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    package_use character varying NOT NULL,
    pack_date date,
    shipping_weight numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE stock_quant (
    id serial PRIMARY KEY,
    product_id integer NOT NULL,
    company_id integer,
    location_id integer NOT NULL,
    storage_category_id integer,
    lot_id integer,
    package_id integer,
    owner_id integer,
    user_id integer,
    create_uid integer,
    write_uid integer,
    inventory_date date,
    quantity numeric,
    reserved_quantity numeric NOT NULL,
    inventory_quantity numeric,
    inventory_diff_quantity numeric,
    inventory_quantity_set boolean,
    in_date timestamp without time zone NOT NULL,
    accounting_date date,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE delivery_carrier (
    id serial PRIMARY KEY,
    sequence integer,
    product_id integer NOT NULL,
    company_id integer,
    create_uid integer,
    write_uid integer,
    delivery_type character varying NOT NULL,
    integration_level character varying,
    invoice_policy character varying NOT NULL,
    name jsonb NOT NULL,
    carrier_description jsonb,
    margin double precision,
    fixed_margin double precision,
    fixed_price numeric,
    active boolean,
    prod_environment boolean,
    debug_logging boolean,
    free_over boolean,
    amount numeric,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE account_account (
    id serial PRIMARY KEY,
    currency_id integer,
    company_id integer NOT NULL,
    group_id integer,
    root_id integer,
    create_uid integer,
    write_uid integer,
    name jsonb NOT NULL,
    code character varying(64) NOT NULL,
    account_type character varying NOT NULL,
    internal_group character varying,
    note text,
    deprecated boolean,
    reconcile boolean,
    non_trade boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    CONSTRAINT account_account_code_company_uniq UNIQUE (code, company_id)
);

CREATE TABLE account_journal (
    id serial PRIMARY KEY,
    default_account_id integer,
    currency_id integer,
    company_id integer NOT NULL,
    sequence integer,
    create_uid integer,
    write_uid integer,
    code character varying(5) NOT NULL,
    type character varying NOT NULL,
    name jsonb NOT NULL,
    active boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE account_tax (
    id serial PRIMARY KEY,
    company_id integer NOT NULL,
    sequence integer NOT NULL,
    tax_group_id integer NOT NULL,
    cash_basis_transition_account_id integer,
    country_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    type_tax_use character varying NOT NULL,
    tax_scope character varying,
    amount_type character varying NOT NULL,
    price_include boolean,
    tax_exigibility character varying,
    real_amount numeric,
    name jsonb NOT NULL,
    description jsonb,
    invoice_label jsonb,
    amount numeric NOT NULL,
    active boolean,
    include_base_amount boolean,
    is_base_affected boolean,
    analytic boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE account_move (
    id serial PRIMARY KEY,
    sequence_number integer,
    message_main_attachment_id integer,
    journal_id integer NOT NULL,
    company_id integer,
    tax_cash_basis_origin_move_id integer,
    auto_post_origin_id integer,
    secure_sequence_number integer,
    invoice_payment_term_id integer,
    partner_id integer,
    commercial_partner_id integer,
    partner_shipping_id integer,
    partner_bank_id integer,
    fiscal_position_id integer,
    currency_id integer NOT NULL,
    reversed_entry_id integer,
    invoice_user_id integer,
    invoice_incoterm_id integer,
    invoice_cash_rounding_id integer,
    preferred_payment_method_line_id integer,
    create_uid integer,
    write_uid integer,
    sequence_prefix character varying,
    access_token character varying,
    name character varying,
    ref character varying,
    state character varying NOT NULL,
    move_type character varying NOT NULL,
    auto_post character varying NOT NULL,
    inalterable_hash character varying,
    payment_reference character varying,
    qr_code_method character varying,
    payment_state character varying,
    invoice_source_email character varying,
    invoice_partner_display_name character varying,
    invoice_origin character varying,
    incoterm_location character varying,
    date date NOT NULL,
    auto_post_until date,
    invoice_date date,
    invoice_date_due date,
    delivery_date date,
    narration text,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    amount_residual numeric,
    amount_untaxed_signed numeric,
    amount_tax_signed numeric,
    amount_total_signed numeric,
    amount_total_in_currency_signed numeric,
    amount_residual_signed numeric,
    quick_edit_total_amount numeric,
    is_storno boolean,
    always_tax_exigible boolean,
    to_check boolean,
    posted_before boolean,
    is_move_sent boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    statement_line_id integer,
    payment_id integer
);
CREATE INDEX account_move_date_index ON account_move (date);
CREATE INDEX account_move_state_index ON account_move (state);
CREATE INDEX account_move_move_type_index ON account_move (move_type);
CREATE UNIQUE INDEX account_move_unique_name ON account_move (name, journal_id) WHERE (state = 'posted' AND name <> '/');

CREATE TABLE account_move_line (
    id serial PRIMARY KEY,
    move_id integer NOT NULL,
    journal_id integer,
    company_id integer,
    company_currency_id integer,
    sequence integer,
    account_id integer,
    currency_id integer NOT NULL,
    partner_id integer,
    reconcile_model_id integer,
    payment_id integer,
    statement_line_id integer,
    statement_id integer,
    group_tax_id integer,
    tax_line_id integer,
    tax_group_id integer,
    tax_repartition_line_id integer,
    full_reconcile_id integer,
    product_id integer,
    product_uom_id integer,
    create_uid integer,
    write_uid integer,
    move_name character varying,
    parent_state character varying,
    ref character varying,
    name character varying,
    matching_number character varying,
    display_type character varying NOT NULL,
    date date,
    invoice_date date,
    date_maturity date,
    discount_date date,
    analytic_distribution jsonb,
    debit numeric,
    credit numeric,
    balance numeric,
    amount_currency numeric,
    tax_base_amount numeric,
    amount_residual numeric,
    amount_residual_currency numeric,
    quantity numeric,
    price_unit numeric,
    price_subtotal numeric,
    price_total numeric,
    discount numeric,
    discount_amount_currency numeric,
    discount_balance numeric,
    tax_tag_invert boolean,
    reconciled boolean,
    blocked boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    purchase_line_id integer,
    CONSTRAINT account_move_line_check_amount_currency_balance_sign CHECK (display_type IN ('line_section', 'line_note') OR (balance * amount_currency) >= 0)
);
CREATE INDEX account_move_line_move_id_index ON account_move_line (move_id);

CREATE TABLE account_bank_statement_line (
    id serial PRIMARY KEY,
    move_id integer NOT NULL,
    partner_id integer,
    foreign_currency_id integer,
    statement_id integer,
    sequence integer,
    company_id integer,
    create_uid integer,
    write_uid integer,
    account_number character varying,
    partner_name character varying,
    transaction_type character varying,
    payment_ref character varying,
    internal_index character varying,
    amount numeric,
    amount_currency numeric,
    is_reconciled boolean,
    amount_residual double precision,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    transaction_details jsonb
);

CREATE TABLE payment_provider (
    id serial PRIMARY KEY,
    sequence integer,
    company_id integer NOT NULL,
    create_uid integer,
    write_uid integer,
    code character varying NOT NULL,
    state character varying NOT NULL,
    name jsonb NOT NULL,
    is_published boolean,
    allow_tokenization boolean,
    capture_manually boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE payment_transaction (
    id serial PRIMARY KEY,
    provider_id integer NOT NULL,
    payment_method_id integer NOT NULL,
    currency_id integer NOT NULL,
    token_id integer,
    source_transaction_id integer,
    partner_id integer NOT NULL,
    partner_country_id integer,
    create_uid integer,
    write_uid integer,
    reference character varying NOT NULL,
    provider_reference character varying,
    state character varying NOT NULL,
    operation character varying,
    partner_name character varying,
    partner_lang character varying,
    partner_email character varying,
    partner_address character varying,
    partner_zip character varying,
    partner_city character varying,
    partner_state_id integer,
    partner_phone character varying,
    state_message text,
    amount numeric NOT NULL,
    is_post_processed boolean,
    tokenize boolean,
    landing_route character varying,
    last_state_change timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    payment_id integer,
    CONSTRAINT payment_transaction_reference_uniq UNIQUE (reference)
);

CREATE TABLE account_payment (
    id serial PRIMARY KEY,
    move_id integer NOT NULL,
    partner_bank_id integer,
    paired_internal_transfer_payment_id integer,
    payment_method_line_id integer,
    payment_method_id integer,
    destination_account_id integer,
    outstanding_account_id integer,
    partner_id integer,
    payment_transaction_id integer,
    payment_token_id integer,
    source_payment_id integer,
    create_uid integer,
    write_uid integer,
    payment_type character varying NOT NULL,
    partner_type character varying NOT NULL,
    payment_reference character varying,
    amount_company_currency_signed numeric,
    amount numeric,
    is_reconciled boolean,
    is_matched boolean,
    is_internal_transfer boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE sale_order (
    id serial PRIMARY KEY,
    campaign_id integer,
    source_id integer,
    medium_id integer,
    company_id integer NOT NULL,
    partner_id integer NOT NULL,
    journal_id integer,
    partner_invoice_id integer NOT NULL,
    partner_shipping_id integer NOT NULL,
    fiscal_position_id integer,
    payment_term_id integer,
    pricelist_id integer,
    currency_id integer,
    user_id integer,
    team_id integer,
    analytic_account_id integer,
    create_uid integer,
    write_uid integer,
    access_token character varying,
    name character varying NOT NULL,
    state character varying,
    client_order_ref character varying,
    origin character varying,
    reference character varying,
    signed_by character varying,
    invoice_status character varying,
    validity_date date,
    note text,
    currency_rate numeric,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    amount_to_invoice numeric,
    locked boolean,
    require_signature boolean,
    require_payment boolean,
    create_date timestamp without time zone,
    commitment_date timestamp without time zone,
    date_order timestamp without time zone NOT NULL,
    signed_on timestamp without time zone,
    write_date timestamp without time zone,
    prepayment_percent double precision,
    sale_order_template_id integer,
    incoterm integer,
    warehouse_id integer NOT NULL,
    procurement_group_id integer,
    incoterm_location character varying,
    picking_policy character varying NOT NULL,
    delivery_status character varying,
    effective_date timestamp without time zone,
    carrier_id integer,
    delivery_message character varying,
    recompute_delivery_price boolean,
    CONSTRAINT sale_order_date_order_conditional_required CHECK ((state::text = ANY (ARRAY['sale'::character varying, 'done'::character varying]::text[])) AND date_order IS NOT NULL OR (state::text <> ALL (ARRAY['sale'::character varying, 'done'::character varying]::text[])))
);
CREATE INDEX sale_order_date_order_id_idx ON sale_order (date_order DESC, id DESC);
CREATE INDEX sale_order_partner_id_index ON sale_order (partner_id);
CREATE INDEX sale_order_state_index ON sale_order (state);

CREATE TABLE sale_order_line (
    id serial PRIMARY KEY,
    order_id integer NOT NULL,
    sequence integer,
    company_id integer,
    currency_id integer,
    order_partner_id integer,
    salesman_id integer,
    product_id integer,
    product_uom integer,
    product_packaging_id integer,
    create_uid integer,
    write_uid integer,
    state character varying,
    display_type character varying,
    qty_delivered_method character varying,
    invoice_status character varying,
    analytic_distribution jsonb,
    name text NOT NULL,
    product_uom_qty numeric NOT NULL,
    price_unit numeric NOT NULL,
    discount numeric,
    price_reduce_taxexcl numeric,
    price_reduce_taxinc numeric,
    price_subtotal numeric,
    price_total numeric,
    price_tax double precision,
    product_packaging_qty double precision,
    customer_lead double precision NOT NULL,
    qty_delivered numeric,
    qty_invoiced numeric,
    qty_to_invoice numeric,
    untaxed_amount_invoiced numeric,
    untaxed_amount_to_invoice numeric,
    is_downpayment boolean,
    is_expense boolean,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    route_id integer,
    warehouse_id integer,
    is_delivery boolean,
    CONSTRAINT sale_order_line_accountable_required_fields CHECK (display_type IS NOT NULL OR (product_id IS NOT NULL AND product_uom IS NOT NULL)),
    CONSTRAINT sale_order_line_non_accountable_null_fields CHECK (display_type IS NULL OR (product_id IS NULL AND price_unit = 0 AND product_uom_qty = 0 AND product_uom IS NULL AND customer_lead = 0))
);
CREATE INDEX sale_order_line_order_id_index ON sale_order_line (order_id);

CREATE TABLE stock_picking (
    id serial PRIMARY KEY,
    backorder_id integer,
    group_id integer,
    location_id integer NOT NULL,
    location_dest_id integer NOT NULL,
    picking_type_id integer NOT NULL,
    partner_id integer,
    company_id integer,
    user_id integer,
    owner_id integer,
    create_uid integer,
    write_uid integer,
    name character varying,
    origin character varying,
    move_type character varying NOT NULL,
    state character varying,
    priority character varying,
    note text,
    has_deadline_issue boolean,
    printed boolean,
    is_locked boolean,
    scheduled_date timestamp without time zone NOT NULL,
    date_deadline timestamp without time zone,
    date timestamp without time zone,
    date_done timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    sale_id integer,
    carrier_price numeric,
    carrier_id integer,
    carrier_tracking_ref character varying,
    weight numeric,
    shipping_weight numeric,
    is_return_picking boolean,
    CONSTRAINT stock_picking_name_uniq UNIQUE (name, company_id)
);
CREATE INDEX stock_picking_scheduled_date_index ON stock_picking (scheduled_date);
CREATE INDEX stock_picking_state_index ON stock_picking (state);

CREATE TABLE stock_move (
    id serial PRIMARY KEY,
    sequence integer,
    company_id integer NOT NULL,
    product_id integer NOT NULL,
    product_uom integer NOT NULL,
    location_id integer NOT NULL,
    location_dest_id integer NOT NULL,
    location_final_id integer,
    partner_id integer,
    picking_id integer,
    origin_returned_move_id integer,
    restrict_partner_id integer,
    warehouse_id integer,
    package_level_id integer,
    picking_type_id integer,
    rule_id integer,
    group_id integer,
    create_uid integer,
    write_uid integer,
    name character varying NOT NULL,
    priority character varying,
    state character varying,
    origin character varying,
    procure_method character varying NOT NULL,
    reference character varying,
    description_picking text,
    product_qty numeric,
    product_uom_qty numeric NOT NULL,
    quantity numeric,
    picked boolean,
    scrapped boolean,
    propagate_cancel boolean,
    is_inventory boolean,
    date timestamp without time zone NOT NULL,
    date_deadline timestamp without time zone,
    reservation_date date,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    price_unit double precision,
    sale_line_id integer,
    purchase_line_id integer,
    weight numeric
);
CREATE INDEX stock_move_product_location_index ON stock_move (product_id, location_id, location_dest_id, company_id, state);
CREATE INDEX stock_move_picking_id_index ON stock_move (picking_id);

CREATE TABLE purchase_order (
    id serial PRIMARY KEY,
    partner_id integer NOT NULL,
    dest_address_id integer,
    currency_id integer NOT NULL,
    fiscal_position_id integer,
    payment_term_id integer,
    incoterm_id integer,
    user_id integer,
    company_id integer NOT NULL,
    picking_type_id integer NOT NULL,
    group_id integer,
    create_uid integer,
    write_uid integer,
    access_token character varying,
    name character varying NOT NULL,
    priority character varying,
    origin character varying,
    partner_ref character varying,
    state character varying,
    invoice_status character varying,
    notes text,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    amount_total_cc numeric,
    currency_rate numeric,
    mail_reminder_confirmed boolean,
    mail_reception_confirmed boolean,
    date_order timestamp without time zone NOT NULL,
    date_approve timestamp without time zone,
    date_planned timestamp without time zone,
    date_calendar_start timestamp without time zone,
    effective_date timestamp without time zone,
    receipt_reminder_email boolean,
    reminder_date_before_receipt integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);

CREATE TABLE purchase_order_line (
    id serial PRIMARY KEY,
    sequence integer,
    product_uom integer,
    product_id integer,
    order_id integer NOT NULL,
    company_id integer,
    partner_id integer,
    currency_id integer,
    product_packaging_id integer,
    create_uid integer,
    write_uid integer,
    qty_received_method character varying,
    display_type character varying,
    analytic_distribution jsonb,
    name text NOT NULL,
    product_qty numeric NOT NULL,
    discount numeric,
    price_unit numeric NOT NULL,
    price_subtotal numeric,
    price_total numeric,
    qty_invoiced numeric,
    qty_received numeric,
    qty_received_manual numeric,
    qty_to_invoice numeric,
    product_uom_qty numeric,
    price_tax double precision,
    product_packaging_qty double precision,
    date_planned timestamp without time zone,
    create_date timestamp without time zone,
    write_date timestamp without time zone,
    orderpoint_id integer,
    location_final_id integer,
    group_id integer,
    propagate_cancel boolean,
    CONSTRAINT purchase_order_line_accountable_required_fields CHECK (display_type IS NOT NULL OR (product_id IS NOT NULL AND product_uom IS NOT NULL AND date_planned IS NOT NULL))
);

-- OCA queue_job 17.0
CREATE TABLE queue_job (
    id serial PRIMARY KEY,
    user_id integer,
    company_id integer,
    job_function_id integer,
    worker_pid integer,
    create_uid integer,
    write_uid integer,
    uuid character varying NOT NULL,
    graph_uuid character varying,
    name character varying,
    model_name character varying,
    method_name character varying,
    func_string character varying,
    channel_method_name character varying,
    channel character varying,
    state character varying NOT NULL,
    exc_name character varying,
    exc_message character varying,
    identity_key character varying,
    priority integer,
    records text,
    args text,
    kwargs text,
    dependencies text,
    exc_info text,
    result text,
    date_created timestamp without time zone,
    date_started timestamp without time zone,
    date_enqueued timestamp without time zone,
    date_done timestamp without time zone,
    date_cancelled timestamp without time zone,
    eta timestamp without time zone,
    exec_time double precision,
    retry integer,
    max_retries integer,
    create_date timestamp without time zone,
    write_date timestamp without time zone
);
CREATE UNIQUE INDEX queue_job_uuid_index ON queue_job (uuid);
CREATE INDEX queue_job_state_index ON queue_job (state);
CREATE INDEX queue_job_channel_index ON queue_job (channel);

-- Foreign keys, added after every table exists (the ORM does the same).
ALTER TABLE ir_module_module ADD CONSTRAINT ir_module_module_category_id_fkey FOREIGN KEY (category_id) REFERENCES ir_module_category (id) ON DELETE SET NULL;
ALTER TABLE res_country ADD CONSTRAINT res_country_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD CONSTRAINT res_partner_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD CONSTRAINT res_partner_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES res_partner (id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD CONSTRAINT res_partner_user_id_fkey FOREIGN KEY (user_id) REFERENCES res_users (id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD CONSTRAINT res_partner_country_id_fkey FOREIGN KEY (country_id) REFERENCES res_country (id) ON DELETE RESTRICT;
ALTER TABLE res_partner ADD CONSTRAINT res_partner_commercial_partner_id_fkey FOREIGN KEY (commercial_partner_id) REFERENCES res_partner (id) ON DELETE SET NULL;
ALTER TABLE res_company ADD CONSTRAINT res_company_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE res_company ADD CONSTRAINT res_company_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE RESTRICT;
ALTER TABLE res_company ADD CONSTRAINT res_company_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE res_users ADD CONSTRAINT res_users_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE res_users ADD CONSTRAINT res_users_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE product_template ADD CONSTRAINT product_template_uom_id_fkey FOREIGN KEY (uom_id) REFERENCES uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE product_template ADD CONSTRAINT product_template_uom_po_id_fkey FOREIGN KEY (uom_po_id) REFERENCES uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE product_template ADD CONSTRAINT product_template_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE product_product ADD CONSTRAINT product_product_product_tmpl_id_fkey FOREIGN KEY (product_tmpl_id) REFERENCES product_template (id) ON DELETE CASCADE;
ALTER TABLE stock_warehouse ADD CONSTRAINT stock_warehouse_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE stock_warehouse ADD CONSTRAINT stock_warehouse_view_location_id_fkey FOREIGN KEY (view_location_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_warehouse ADD CONSTRAINT stock_warehouse_lot_stock_id_fkey FOREIGN KEY (lot_stock_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_location ADD CONSTRAINT stock_location_location_id_fkey FOREIGN KEY (location_id) REFERENCES stock_location (id) ON DELETE CASCADE;
ALTER TABLE stock_location ADD CONSTRAINT stock_location_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE stock_location ADD CONSTRAINT stock_location_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE stock_picking_type ADD CONSTRAINT stock_picking_type_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES stock_warehouse (id) ON DELETE CASCADE;
ALTER TABLE stock_picking_type ADD CONSTRAINT stock_picking_type_default_location_src_id_fkey FOREIGN KEY (default_location_src_id) REFERENCES stock_location (id) ON DELETE SET NULL;
ALTER TABLE stock_picking_type ADD CONSTRAINT stock_picking_type_default_location_dest_id_fkey FOREIGN KEY (default_location_dest_id) REFERENCES stock_location (id) ON DELETE SET NULL;
ALTER TABLE stock_lot ADD CONSTRAINT stock_lot_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE stock_lot ADD CONSTRAINT stock_lot_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE stock_quant_package ADD CONSTRAINT stock_quant_package_location_id_fkey FOREIGN KEY (location_id) REFERENCES stock_location (id) ON DELETE SET NULL;
ALTER TABLE stock_quant ADD CONSTRAINT stock_quant_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE stock_quant ADD CONSTRAINT stock_quant_location_id_fkey FOREIGN KEY (location_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_quant ADD CONSTRAINT stock_quant_lot_id_fkey FOREIGN KEY (lot_id) REFERENCES stock_lot (id) ON DELETE RESTRICT;
ALTER TABLE stock_quant ADD CONSTRAINT stock_quant_package_id_fkey FOREIGN KEY (package_id) REFERENCES stock_quant_package (id) ON DELETE RESTRICT;
ALTER TABLE stock_quant ADD CONSTRAINT stock_quant_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE delivery_carrier ADD CONSTRAINT delivery_carrier_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE delivery_carrier ADD CONSTRAINT delivery_carrier_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE account_account ADD CONSTRAINT account_account_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE account_journal ADD CONSTRAINT account_journal_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE account_journal ADD CONSTRAINT account_journal_default_account_id_fkey FOREIGN KEY (default_account_id) REFERENCES account_account (id) ON DELETE RESTRICT;
ALTER TABLE account_tax ADD CONSTRAINT account_tax_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE account_tax ADD CONSTRAINT account_tax_country_id_fkey FOREIGN KEY (country_id) REFERENCES res_country (id) ON DELETE RESTRICT;
ALTER TABLE account_move ADD CONSTRAINT account_move_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES account_journal (id) ON DELETE RESTRICT;
ALTER TABLE account_move ADD CONSTRAINT account_move_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE account_move ADD CONSTRAINT account_move_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE account_move ADD CONSTRAINT account_move_commercial_partner_id_fkey FOREIGN KEY (commercial_partner_id) REFERENCES res_partner (id) ON DELETE SET NULL;
ALTER TABLE account_move ADD CONSTRAINT account_move_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE RESTRICT;
ALTER TABLE account_move ADD CONSTRAINT account_move_reversed_entry_id_fkey FOREIGN KEY (reversed_entry_id) REFERENCES account_move (id) ON DELETE SET NULL;
ALTER TABLE account_move ADD CONSTRAINT account_move_statement_line_id_fkey FOREIGN KEY (statement_line_id) REFERENCES account_bank_statement_line (id) ON DELETE SET NULL;
ALTER TABLE account_move ADD CONSTRAINT account_move_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES account_payment (id) ON DELETE SET NULL;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_move_id_fkey FOREIGN KEY (move_id) REFERENCES account_move (id) ON DELETE CASCADE;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES account_account (id) ON DELETE RESTRICT;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE RESTRICT;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_tax_line_id_fkey FOREIGN KEY (tax_line_id) REFERENCES account_tax (id) ON DELETE RESTRICT;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE account_move_line ADD CONSTRAINT account_move_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES account_journal (id) ON DELETE SET NULL;
ALTER TABLE account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_move_id_fkey FOREIGN KEY (move_id) REFERENCES account_move (id) ON DELETE CASCADE;
ALTER TABLE account_bank_statement_line ADD CONSTRAINT account_bank_statement_line_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE payment_provider ADD CONSTRAINT payment_provider_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE payment_transaction ADD CONSTRAINT payment_transaction_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES payment_provider (id) ON DELETE RESTRICT;
ALTER TABLE payment_transaction ADD CONSTRAINT payment_transaction_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE RESTRICT;
ALTER TABLE payment_transaction ADD CONSTRAINT payment_transaction_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE payment_transaction ADD CONSTRAINT payment_transaction_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES account_payment (id) ON DELETE SET NULL;
ALTER TABLE account_payment ADD CONSTRAINT account_payment_move_id_fkey FOREIGN KEY (move_id) REFERENCES account_move (id) ON DELETE CASCADE;
ALTER TABLE account_payment ADD CONSTRAINT account_payment_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE account_payment ADD CONSTRAINT account_payment_payment_transaction_id_fkey FOREIGN KEY (payment_transaction_id) REFERENCES payment_transaction (id) ON DELETE SET NULL;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_partner_invoice_id_fkey FOREIGN KEY (partner_invoice_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_partner_shipping_id_fkey FOREIGN KEY (partner_shipping_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE RESTRICT;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_user_id_fkey FOREIGN KEY (user_id) REFERENCES res_users (id) ON DELETE SET NULL;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES stock_warehouse (id) ON DELETE RESTRICT;
ALTER TABLE sale_order ADD CONSTRAINT sale_order_carrier_id_fkey FOREIGN KEY (carrier_id) REFERENCES delivery_carrier (id) ON DELETE SET NULL;
ALTER TABLE sale_order_line ADD CONSTRAINT sale_order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES sale_order (id) ON DELETE CASCADE;
ALTER TABLE sale_order_line ADD CONSTRAINT sale_order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE sale_order_line ADD CONSTRAINT sale_order_line_product_uom_fkey FOREIGN KEY (product_uom) REFERENCES uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE sale_order_line ADD CONSTRAINT sale_order_line_order_partner_id_fkey FOREIGN KEY (order_partner_id) REFERENCES res_partner (id) ON DELETE SET NULL;
ALTER TABLE sale_order_line ADD CONSTRAINT sale_order_line_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_backorder_id_fkey FOREIGN KEY (backorder_id) REFERENCES stock_picking (id) ON DELETE SET NULL;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_location_id_fkey FOREIGN KEY (location_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES stock_picking_type (id) ON DELETE RESTRICT;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE SET NULL;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_sale_id_fkey FOREIGN KEY (sale_id) REFERENCES sale_order (id) ON DELETE SET NULL;
ALTER TABLE stock_picking ADD CONSTRAINT stock_picking_carrier_id_fkey FOREIGN KEY (carrier_id) REFERENCES delivery_carrier (id) ON DELETE SET NULL;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_product_uom_fkey FOREIGN KEY (product_uom) REFERENCES uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_location_id_fkey FOREIGN KEY (location_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_location_dest_id_fkey FOREIGN KEY (location_dest_id) REFERENCES stock_location (id) ON DELETE RESTRICT;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_picking_id_fkey FOREIGN KEY (picking_id) REFERENCES stock_picking (id) ON DELETE SET NULL;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE SET NULL;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES stock_warehouse (id) ON DELETE SET NULL;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES stock_picking_type (id) ON DELETE SET NULL;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_sale_line_id_fkey FOREIGN KEY (sale_line_id) REFERENCES sale_order_line (id) ON DELETE SET NULL;
ALTER TABLE stock_move ADD CONSTRAINT stock_move_purchase_line_id_fkey FOREIGN KEY (purchase_line_id) REFERENCES purchase_order_line (id) ON DELETE SET NULL;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES res_partner (id) ON DELETE RESTRICT;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_currency_id_fkey FOREIGN KEY (currency_id) REFERENCES res_currency (id) ON DELETE RESTRICT;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE RESTRICT;
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_picking_type_id_fkey FOREIGN KEY (picking_type_id) REFERENCES stock_picking_type (id) ON DELETE RESTRICT;
ALTER TABLE purchase_order_line ADD CONSTRAINT purchase_order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE;
ALTER TABLE purchase_order_line ADD CONSTRAINT purchase_order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES product_product (id) ON DELETE RESTRICT;
ALTER TABLE purchase_order_line ADD CONSTRAINT purchase_order_line_product_uom_fkey FOREIGN KEY (product_uom) REFERENCES uom_uom (id) ON DELETE RESTRICT;
ALTER TABLE queue_job ADD CONSTRAINT queue_job_user_id_fkey FOREIGN KEY (user_id) REFERENCES res_users (id) ON DELETE SET NULL;
ALTER TABLE queue_job ADD CONSTRAINT queue_job_company_id_fkey FOREIGN KEY (company_id) REFERENCES res_company (id) ON DELETE SET NULL;
