import { indexMetadata, SectionIndexPage, type IndexProps } from '../_shared/index-route';

export const generateMetadata = (props: IndexProps) => indexMetadata('GUIDE', props);

export default function Page(props: IndexProps) {
  return <SectionIndexPage type="GUIDE" {...props} />;
}
