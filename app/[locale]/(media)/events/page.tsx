import { EventIndexPage, indexMetadata, type IndexProps } from '../_shared/index-route';

export const generateMetadata = (props: IndexProps) => indexMetadata('EVENT', props);

export default function Page(props: IndexProps) {
  return <EventIndexPage {...props} />;
}
