import { indexMetadata, SectionIndexPage, type IndexProps } from '../_shared/index-route';

export const generateMetadata = (props: IndexProps) => indexMetadata('STORY', props);

export default function Page(props: IndexProps) {
  return <SectionIndexPage type="STORY" {...props} />;
}
