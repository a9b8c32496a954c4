import { Checkbox, Col, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { CodeSchema, FACILITY_LEVELS, type FacilityLevel } from '../../../../shared/domain/common';
import type { Facility } from '../../../../shared/domain/facility';
import { ClientError } from '../../api/client';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitOnEnter } from '../../components/form-keys';
import {
  FLAG_LABEL_KEYS,
  FLAG_NAMES,
  PLACE_FIELDS,
  formFieldOf,
  requiredPlaces,
  toFacilityInput,
  toFormValues,
  unusedPlaces,
  type FacilityFormValues,
} from './facility-form';
import type { PlaceLevel } from './hierarchy';
import { useFacilitiesStore } from './store';
import { variantOptions } from './variant-options';

interface Props {
  open: boolean;
  /** null: a new facility. */
  facility: Facility | null;
  /** Places pre-filled for a new facility (the node chosen in the tree). */
  place?: Partial<Record<PlaceLevel, string>>;
  onClose: () => void;
  onSaved: (facility: Facility) => void;
}

function issuesOf(error: unknown): { path: string }[] {
  if (!(error instanceof ClientError) || error.code !== 'validation') return [];
  const details = error.data.details;
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues))
    return [];
  return details.issues.filter(
    (issue): issue is { path: string } => typeof issue === 'object' && issue !== null && typeof issue.path === 'string',
  );
}

/** The star is decoration: inputs carry aria-required, and their accessible name stays the label alone. */
function requiredMark(label: ReactNode, { required }: { required: boolean }) {
  return (
    <>
      {label}
      {required ? (
        <span aria-hidden style={{ color: 'var(--ant-color-error, #ff4d4f)', marginInlineStart: 4 }}>
          *
        </span>
      ) : null}
    </>
  );
}

export function FacilityFormModal({ open, facility, place, onClose, onSaved }: Props) {
  const { t, locale } = useT();
  const [form] = Form.useForm<FacilityFormValues>();
  const level = Form.useWatch('level', form);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = useFacilitiesStore((s) => s.save);
  const loadReference = useFacilitiesStore((s) => s.loadReference);
  const standards = useFacilitiesStore((s) => s.standards);
  const variants = useFacilitiesStore((s) => s.variants);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toFormValues(facility, place));
    loadReference().catch(setError);
  }, [open, facility, place, form, loadReference]);

  const required = requiredPlaces(level);
  const unused = unusedPlaces(level);

  const onFinish = async (values: FacilityFormValues) => {
    if (!values.level) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await save(facility?.id ?? null, toFacilityInput({ ...values, level: values.level }));
      onSaved(saved);
    } catch (failure) {
      setError(failure);
      const fields = new Set(issuesOf(failure).flatMap((issue) => formFieldOf(issue.path) ?? []));
      if (failure instanceof ClientError && failure.code === 'conflict') fields.add('code');
      form.setFields([...fields].map((name) => ({ name, errors: [t('ui.facility_form.check_field')] })));
    } finally {
      setSaving(false);
    }
  };

  const requiredRule = { required: true, whitespace: true, message: t('ui.facility_form.required') };

  return (
    <Modal
      open={open}
      width={880}
      title={facility ? t('ui.facility_form.edit_title', { name: facility.name }) : t('ui.facility_form.new_title')}
      okText={t('ui.action.save')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      forceRender
    >
      <Form<FacilityFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        name="facility"
        onKeyDown={submitOnEnter}
        requiredMark={requiredMark}
      >
        {error ? <ErrorAlert error={error} /> : null}
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="name" label={t('ui.facility_form.name')} rules={[requiredRule]}>
              <Input autoFocus maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="code"
              label={t('ui.facility_form.code')}
              rules={[
                requiredRule,
                {
                  validator: async (_, value: string) => {
                    if (value && !CodeSchema.safeParse(value.trim()).success)
                      throw new Error(t('ui.facility_form.code_rule'));
                  },
                },
              ]}
            >
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="level"
              label={t('ui.facility_form.level')}
              rules={[{ required: true, message: t('ui.facility_form.required') }]}
            >
              <Radio.Group
                options={FACILITY_LEVELS.map((value: FacilityLevel) => ({ value, label: t(`level.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {PLACE_FIELDS.map((field) => (
            <Col key={field} flex="1">
              <Form.Item
                name={field}
                label={t(`ui.place.${field}`)}
                rules={required.includes(field) ? [requiredRule] : []}
              >
                <Input maxLength={60} disabled={unused.includes(field)} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="servicePopulation" label={t('fact.service_population')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="residentPopulation" label={t('fact.resident_population')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="beds" label={t('fact.beds')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="variant" label={t('ui.facility_form.variant')} extra={t('ui.facility_form.variant_help')}>
              <Select
                allowClear
                options={variantOptions(variants, standards, level, locale)}
                placeholder={t('ui.standards.national')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="flags" label={t('ui.facility_form.flags')}>
          <Checkbox.Group options={FLAG_NAMES.map((flag) => ({ value: flag, label: t(FLAG_LABEL_KEYS[flag]) }))} />
        </Form.Item>
        {/* Enter in a text field submits, as in any form. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
