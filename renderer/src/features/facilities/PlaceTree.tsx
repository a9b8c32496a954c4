import { Button, Empty, Flex, Tree } from 'antd';
import { useMemo } from 'react';
import type { Facility } from '../../../../shared/domain/facility';
import { useT } from '../../app/useT';
import { buildHierarchy, type PlaceNode } from './hierarchy';
import { useFacilitiesStore } from './store';

interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}

const toItems = (nodes: readonly PlaceNode[]): TreeItem[] =>
  nodes.map((node) => ({ key: node.key, title: `${node.name} (${node.count})`, children: toItems(node.children) }));

/** The two upper levels open at first: a province's counties are one glance away. */
function upperKeys(nodes: readonly PlaceNode[]): string[] {
  return nodes.flatMap((province) => [province.key, ...province.children.map((prefecture) => prefecture.key)]);
}

export function PlaceTree({ facilities }: { facilities: readonly Facility[] }) {
  const { t } = useT();
  const selected = useFacilitiesStore((s) => s.selectedPlace);
  const expanded = useFacilitiesStore((s) => s.expandedPlaces);
  const selectPlace = useFacilitiesStore((s) => s.selectPlace);
  const setExpanded = useFacilitiesStore((s) => s.setExpandedPlaces);
  const roots = useMemo(() => buildHierarchy(facilities), [facilities]);
  const items = useMemo(() => toItems(roots), [roots]);

  if (roots.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.facilities.empty')} />;

  return (
    <Flex vertical gap={8}>
      <Button type={selected === null ? 'primary' : 'default'} onClick={() => selectPlace(null)} block>
        {t('ui.facilities.all_places', { count: facilities.length })}
      </Button>
      <Tree<TreeItem>
        aria-label={t('ui.facilities.tree')}
        treeData={items}
        height={560}
        selectedKeys={selected === null ? [] : [selected]}
        expandedKeys={expanded.length > 0 ? expanded : upperKeys(roots)}
        onExpand={(keys) => setExpanded(keys.map(String))}
        onSelect={(keys) => selectPlace(keys[0] === undefined ? null : String(keys[0]))}
      />
    </Flex>
  );
}
